# int: arithmetic crossing the 2**63 / 2**64 boundaries in both directions
M = 2 ** 63
print(M - 1, M, M + 1)
print(-M, -M - 1, -M + 1)
imax = 9223372036854775807
imin = -9223372036854775808
print(imax + 1, imin - 1)
print(imax * 2, imin * 2, imin * -1)
print(imax * imax)
print(imin * imin)
print(imin // -1, imin % -1)
print(-imin, abs(imin))
print(imax - imin)
print(imin - imax)
print(imax + imax + 2 == 2 ** 64)
print((imax + 1) // 2 == 2 ** 62)
x = imax - 3
for i in range(6):
    x += 1
    print(x)
y = imin + 2
for i in range(5):
    y -= 1
    print(y)
print(2 ** 64 - 1, (2 ** 64 - 1) & imax, (2 ** 64) >> 1)
print(imax << 1, imin << 1, imin >> 1, imin >> 63, imin >> 64)
print(3037000499 * 3037000499, 3037000500 * 3037000500)
print(-3037000500 * 3037000500)
print(imax // 7, imax % 7, imin // 7, imin % 7)
print(divmod(imin, 10), divmod(imax, -10))
print(18446744073709551615 + 1, 18446744073709551616 - 1)
