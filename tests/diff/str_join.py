# str: join over lists, tuples, generators, and error on non-strings
print(",".join(["a", "b", "c"]), "".join(("x", "y")), " - ".join([]))
print("|".join("abc"), ", ".join(str(i) for i in range(5)), "\n".join(["l1", "l2"]))
print("日".join(["a", "b"]), "::".join(["only"]), repr("".join([])))
words = ["the", "quick", "brown", "fox"]
print(" ".join(reversed(words)), " ".join(sorted(words)), "".join(w[0] for w in words))
print("+".join(map(str, [1, 2, 3])) + "=" + str(sum([1, 2, 3])))
try:
    ",".join(["a", 1, "b"])
except TypeError as e:
    print("TypeError:", e)
try:
    ",".join([None])
except TypeError as e:
    print("TypeError:", e)
d = {"k1": "v1", "k2": "v2"}
print(";".join(d), ";".join(d.values()), ";".join(k + "=" + v for k, v in d.items()))
big = "-".join(str(i) for i in range(1000))
print(len(big), big[:30], big[-20:])
print(" ".join(["a", "", "b", ""]) + "|")
