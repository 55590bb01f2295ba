s = "héllo"; y = eval(s)
z = eval("2")  # molt: ignore[U201, X999]
w = 3j
