# bench: Mandelbrot set membership over a grid (float loops); prints a checksum, not the image
import sys


def main():
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 560
    max_iter = 50
    inside = 0
    checksum = 0
    for y in range(size):
        ci = 2.0 * y / size - 1.0
        row_bits = 0
        for x in range(size):
            cr = 2.0 * x / size - 1.5
            zr = zi = 0.0
            i = 0
            while i < max_iter:
                zr2 = zr * zr
                zi2 = zi * zi
                if zr2 + zi2 > 4.0:
                    break
                zi = 2.0 * zr * zi + ci
                zr = zr2 - zi2 + cr
                i += 1
            if i == max_iter:
                inside += 1
                row_bits = (row_bits * 2 + 1) & 0xFFFFFFFF
            else:
                row_bits = (row_bits * 2) & 0xFFFFFFFF
            checksum = (checksum * 31 + i) % 1000000007
        checksum = (checksum + row_bits) % 1000000007
    print("size", size, "inside", inside)
    print("checksum", checksum)


main()
