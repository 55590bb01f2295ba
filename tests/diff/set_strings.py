# set: sets of strings and tuples used for membership and dedup (printed sorted only)
text = "to be or not to be that is the question whether tis nobler in the mind"
words = text.split()
uniq = set(words)
print(len(words), len(uniq))
print(sorted(uniq))
print(sorted(w for w in uniq if len(w) == 2))
stop = {"to", "be", "or", "the", "is", "in", "that"}
content = uniq - stop
print(sorted(content))
print(sorted(uniq & stop), sorted(stop - uniq))
print("question" in uniq, "answer" in uniq, len(uniq | {"answer"}))
letters = set(text.replace(" ", ""))
print("".join(sorted(letters)), len(letters))
vowels = set("aeiou")
print(sorted(letters & vowels), sorted(letters - vowels)[:5], letters >= vowels)
pairs = set()
for i in range(len(words) - 1):
    pairs.add((words[i], words[i + 1]))
print(len(pairs), sorted(pairs)[:4])
a = {"x", "y"}
b = {"y", "z"}
print(sorted(a ^ b), sorted(a | b), a.isdisjoint(b), {"x"} <= a)
def anagram_key(w):
    return "".join(sorted(w))
groups = {}
for w in ["listen", "silent", "enlist", "google", "tinsel", "banana", "elgoog"]:
    groups.setdefault(anagram_key(w), set()).add(w)
for k in sorted(groups):
    print(k, sorted(groups[k]))
