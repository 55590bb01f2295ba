# bytes: error cases: out-of-range values, str/bytes mixing, decode errors and immutability
def show(f):
    try:
        print("ok:", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
show(lambda: bytes([255, 0]))
show(lambda: bytes([256]))
show(lambda: bytes([-1]))
show(lambda: b"a" + "b")
show(lambda: "a" + b"b")
show(lambda: b"abc".index(b"z"))
show(lambda: b"abc"[5])
show(lambda: bytes("no encoding"))
show(lambda: b"\xc3".decode("utf-8"))
show(lambda: "é".encode("ascii"))
show(lambda: b"abc" == "abc")
show(lambda: b"a" < "b")
show(lambda: b"abc"[1:2] + b"")
show(lambda: len(b""), )
show(lambda: b"x" * 3)
show(lambda: 3 in b"\x03")
show(lambda: "a" in b"abc")
