# str: replace with counts, empty patterns, and chaining
s = "the cat sat on the mat with the hat"
print(s.replace("the", "a"))
print(s.replace("the", "a", 1), "|", s.replace("the", "a", 2), "|", s.replace("the", "a", 0))
print(s.replace("at", ""), s.replace("dog", "x") == s, s.replace("", "-")[:20])
print("aaaa".replace("aa", "b"), "aaa".replace("a", "aa"), "".replace("", "x"))
print("abc".replace("", "|"), "abc".replace("", "|", 2), "abc".replace("abc", ""))
print("日本日本".replace("日", "月"), "😀x😀".replace("😀", "!"))
print("a.b.c".replace(".", "/").replace("/", " / "))
print("tab\tsep".replace("\t", "    "), "a\nb".replace("\n", "\\n"))
text = "Mississippi"
print(text.replace("ss", "SS"), text.replace("i", "I", 2), text.replace("issi", "_"))
print("xyz".replace("y", "yy", -1), "x".replace("x", "x" * 5))
template = "Hello NAME, welcome to PLACE. NAME, enjoy PLACE!"
filled = template.replace("NAME", "Ann").replace("PLACE", "Rome")
print(filled)
print(template.replace("NAME", "Bob", 1))
table = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
html = "a < b && c > d"
for k in table:
    html = html.replace(k, table[k])
print(html)
print("spaces    to    single".replace("  ", " ").replace("  ", " "))
print("aaa".replace("a", "b", 2), "abcabc".replace("c", "", 1), "x-y-z".replace("-", ""))
print("rep" * 3, ("rep" * 3).replace("pr", "P"), "ooo".replace("oo", "0"))
