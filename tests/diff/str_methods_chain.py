# str: chaining string methods for normalization, slugs, title formatting and simple parsing
raw = "   The  Quick, Brown FOX -- jumps over... the LAZY dog!!   "
clean = " ".join(raw.strip().split())
print(repr(clean))
slug = "".join(c if c.isalnum() else "-" for c in clean.lower())
while "--" in slug:
    slug = slug.replace("--", "-")
print(slug.strip("-"))
print(clean.title(), "|", clean.swapcase(), "|", clean.capitalize())
words = [w.strip(".,!-").lower() for w in clean.split()]
words = [w for w in words if w]
print(words, len(words))
csv = "name,age,city\nann,31,paris\nbob,,rome\n  cy , 40 ,oslo \n"
header, *rows = csv.strip().splitlines()
cols = header.split(",")
for row in rows:
    fields = [f.strip() for f in row.split(",")]
    rec = dict(zip(cols, fields))
    age = int(rec["age"]) if rec["age"].isdigit() else None
    print(rec["name"].capitalize().ljust(5), str(age).rjust(5), rec["city"].upper().center(9, "."))
path = "/usr/local/lib/python3.11/site-packages/pkg/module.py"
print(path.rsplit("/", 1)[1], path.rpartition("/")[0], path.split("/")[1:3], path.count("/"))
print(path.startswith("/usr"), path.endswith((".py", ".pyc")), path.find("python"), path.rfind("p"))
template = "Dear {name}, your balance is {amount:,.2f} as of {date}."
print(template.format(name="Ann", amount=1234567.891, date="2024-01-01"))
print("-".join("2024-01-31".split("-")[::-1]), "abc".zfill(6), "12".zfill(5), "-12".zfill(5))
