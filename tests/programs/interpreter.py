# program: a small interpreter for a toy language (tokenizer, recursive-descent parser, tree-walking evaluator)
KEYWORDS = {"let", "fn", "if", "else", "while", "return", "print", "true", "false", "nil"}

class Token:
    def __init__(self, kind, value, line):
        self.kind, self.value, self.line = kind, value, line
    def __repr__(self):
        return f"Token({self.kind}, {self.value!r}, line {self.line})"

class LangError(Exception):
    def __init__(self, msg, line=0):
        super().__init__(f"line {line}: {msg}")
        self.line = line
def scan(src, j, pred):
    while j < len(src) and pred(src[j]):
        j += 1
    return j
def tokenize(src):
    tokens = []
    i = 0
    line = 1
    two_char = ("==", "!=", "<=", ">=", "&&", "||")
    while i < len(src):
        c = src[i]
        if c in " \t\r\n":
            line += c == "\n"
            i += 1
        elif c == "#":
            i = scan(src, i, lambda ch: ch != "\n")
        elif c.isdigit():
            j = scan(src, i, lambda ch: ch.isdigit())
            tokens.append(Token("num", int(src[i:j]), line))
            i = j
        elif c.isalpha() or c == "_":
            j = scan(src, i, lambda ch: ch.isalnum() or ch == "_")
            word = src[i:j]
            tokens.append(Token("kw" if word in KEYWORDS else "name", word, line))
            i = j
        elif c == '"':
            j = scan(src, i + 1, lambda ch: ch != '"')
            if j >= len(src):
                raise LangError("unterminated string", line)
            tokens.append(Token("str", src[i + 1:j], line))
            i = j + 1
        elif src[i:i + 2] in two_char:
            tokens.append(Token("op", src[i:i + 2], line))
            i += 2
        elif c in "+-*/%<>=(){},;!":
            tokens.append(Token("op", c, line))
            i += 1
        else:
            raise LangError(f"unexpected character {c!r}", line)
    tokens.append(Token("eof", None, line))
    return tokens

class Parser:
    PREC = [("||",), ("&&",), ("==", "!="), ("<", ">", "<=", ">="), ("+", "-"), ("*", "/", "%")]
    def __init__(self, tokens):
        self.toks = tokens
        self.pos = 0
    def peek(self):
        return self.toks[self.pos]
    def next(self):
        self.pos += 1
        return self.toks[self.pos - 1]
    def accept(self, value):
        if self.peek().value == value and self.peek().kind in ("op", "kw"):
            return self.next()
        return None
    def expect(self, value):
        t = self.accept(value)
        if t is None:
            raise LangError(f"expected {value!r}, got {self.peek().value!r}", self.peek().line)
        return t
    def block(self, top=False):
        stmts = []
        if top:
            while self.peek().kind != "eof":
                stmts.append(self.statement())
            return ("block", stmts)
        self.expect("{")
        while not self.accept("}"):
            stmts.append(self.statement())
        return ("block", stmts)
    def statement(self):
        t = self.peek()
        if self.accept("let"):
            name = self.next().value
            self.expect("=")
            return ("let", name, self.expr_end())
        if self.accept("print"):
            return ("print", self.expr_list(";"))
        if self.accept("if"):
            cond, then, other = self.expr(), self.block(), None
            if self.accept("else"):
                other = ("block", [self.statement()]) if self.peek().value == "if" else self.block()
            return ("if", cond, then, other)
        if self.accept("while"):
            return ("while", self.expr(), self.block())
        if self.accept("return"):
            return ("return", self.expr_end())
        if self.accept("fn"):
            name = self.next().value
            self.expect("(")
            params = [p[1] for p in self.expr_list(")")]
            return ("fn", name, params, self.block())
        if t.kind == "name" and self.toks[self.pos + 1].value == "=":
            self.pos += 2
            return ("assign", t.value, self.expr_end())
        return ("expr", self.expr_end())
    def expr_end(self):
        e = self.expr()
        self.expect(";")
        return e
    def expr_list(self, end):
        items = []
        if not self.accept(end):
            items.append(self.expr())
            while self.accept(","):
                items.append(self.expr())
            self.expect(end)
        return items
    def expr(self, level=0):
        if level == len(self.PREC):
            return self.unary()
        left = self.expr(level + 1)
        while self.peek().kind == "op" and self.peek().value in self.PREC[level]:
            op = self.next().value
            left = ("bin", op, left, self.expr(level + 1))
        return left
    def unary(self):
        if self.accept("-"):
            return ("neg", self.unary())
        if self.accept("!"):
            return ("not", self.unary())
        return self.call()
    def call(self):
        e = self.atom()
        while self.accept("("):
            e = ("call", e, self.expr_list(")"))
        return e
    def atom(self):
        t = self.next()
        if t.kind in ("num", "str"):
            return ("lit", t.value)
        if t.kind == "kw" and t.value in ("true", "false", "nil"):
            return ("lit", {"true": True, "false": False, "nil": None}[t.value])
        if t.kind == "name":
            return ("var", t.value)
        if t.value == "(":
            e = self.expr()
            self.expect(")")
            return e
        raise LangError(f"unexpected token {t.value!r}", t.line)

class ReturnSignal(Exception):
    def __init__(self, value):
        self.value = value

class Function:
    def __init__(self, name, params, body, env):
        self.name, self.params, self.body, self.env = name, params, body, env

class Env:
    def __init__(self, parent=None):
        self.vars, self.parent = {}, parent
    def lookup(self, name):
        e = self
        while e is not None:
            if name in e.vars:
                return e
            e = e.parent
        return None
    def get(self, name):
        e = self.lookup(name)
        if e is None:
            raise LangError(f"undefined variable {name}")
        return e.vars[name]
def show(v):
    if v is True or v is False or v is None:
        return {True: "true", False: "false", None: "nil"}[v]
    return str(v)

class Interpreter:
    def __init__(self):
        self.out, self.steps, self.globals = [], 0, Env()
        self.globals.vars.update({"len": len, "str": show})
    def run(self, src):
        self.exec_block(Parser(tokenize(src)).block(top=True), self.globals)
    def exec_block(self, block, env):
        for s in block[1]:
            self.exec(s, env)
    def exec(self, s, env):
        self.steps += 1
        kind = s[0]
        if kind == "let":
            env.vars[s[1]] = self.eval(s[2], env)
        elif kind == "assign":
            target = env.lookup(s[1])
            if target is None:
                raise LangError(f"assignment to undeclared {s[1]}")
            target.vars[s[1]] = self.eval(s[2], env)
        elif kind == "print":
            line = " ".join(show(self.eval(a, env)) for a in s[1])
            self.out.append(line)
            print(line)
        elif kind == "if":
            if self.truthy(self.eval(s[1], env)):
                self.exec_block(s[2], Env(env))
            elif s[3] is not None:
                self.exec_block(s[3], Env(env))
        elif kind == "while":
            while self.truthy(self.eval(s[1], env)):
                self.exec_block(s[2], Env(env))
        elif kind == "return":
            raise ReturnSignal(self.eval(s[1], env))
        elif kind == "fn":
            env.vars[s[1]] = Function(s[1], s[2], s[3], env)
        elif kind == "expr":
            self.eval(s[1], env)
    def truthy(self, v):
        return not (v is None or v is False or v == 0)
    def eval(self, e, env):
        kind = e[0]
        if kind == "lit":
            return e[1]
        if kind == "var":
            return env.get(e[1])
        if kind == "neg":
            return -self.eval(e[1], env)
        if kind == "not":
            return not self.truthy(self.eval(e[1], env))
        if kind == "bin":
            op = e[1]
            if op in ("&&", "||"):
                l = self.eval(e[2], env)
                return self.eval(e[3], env) if self.truthy(l) == (op == "&&") else l
            a, b = self.eval(e[2], env), self.eval(e[3], env)
            if op == "+":
                if isinstance(a, str) or isinstance(b, str):
                    return show(a) + show(b)
                return a + b
            if op in ("/", "%") and b == 0:
                raise LangError("division by zero")
            table = {"-": lambda: a - b, "*": lambda: a * b, "/": lambda: a // b, "%": lambda: a % b,
                     "<": lambda: a < b, ">": lambda: a > b, "<=": lambda: a <= b, ">=": lambda: a >= b,
                     "==": lambda: a == b, "!=": lambda: a != b}
            return table[op]()
        if kind == "call":
            f = self.eval(e[1], env)
            args = [self.eval(a, env) for a in e[2]]
            if isinstance(f, Function):
                if len(args) != len(f.params):
                    raise LangError(f"{f.name} expects {len(f.params)} args, got {len(args)}")
                local = Env(f.env)
                for p, a in zip(f.params, args):
                    local.vars[p] = a
                try:
                    self.exec_block(f.body, local)
                except ReturnSignal as r:
                    return r.value
                return None
            return f(*args)
        raise LangError(f"bad node {kind}")

PROGRAMS = [
    ("arithmetic", 'print 1 + 2 * 3, (1 + 2) * 3, 17 / 5, 17 % 5, -7 / 2, 2 * -3;'),
    ("strings", 'let s = "hello"; print s + " world", len(s), "n=" + 42, str(true) + "!";'),
    ("fib", '''fn fib(n) { if n < 2 { return n; } return fib(n - 1) + fib(n - 2); }
let i = 0; while i < 15 { print "fib", i, fib(i); i = i + 1; }'''),
    ("closures", '''fn counter() { let c = 0; fn inc() { c = c + 1; return c; } return inc; }
let a = counter(); let b = counter(); a(); a(); print a(), b(), a();'''),
    ("big", 'fn fact(n) { if n <= 1 { return 1; } return n * fact(n - 1); } print fact(25), fact(30) / fact(28);'),
    ("logic", 'print true && false, true || nil, nil || 5, 0 && 1, !0, !3, 1 < 2 == true;'),
    ("elseif", '''fn grade(x) { if x >= 90 { return "A"; } else if x >= 80 { return "B"; } else { return "C"; } }
print grade(95), grade(85), grade(10);'''),
    ("collatz", '''fn steps(n) { let k = 0; while n != 1 { if n % 2 == 0 { n = n / 2; } else { n = 3 * n + 1; } k = k + 1; } return k; }
let best = 0; let arg = 0; let i = 1;
while i < 200 { let s = steps(i); if s > best { best = s; arg = i; print "new best", i, s; } i = i + 1; }
print "longest under 200:", arg, best;'''),
    ("error-undefined", 'print missing + 1;'),
    ("error-div", 'fn f(x) { return 10 / x; } print f(2); print f(0);'),
    ("error-arity", 'fn g(a, b) { return a; } print g(1);'),
    ("error-syntax", 'let x = (1 + ;'),
    ("error-char", 'let y = 3 @ 4;'),
]

for name, src in PROGRAMS:
    print(f"=== {name} ===")
    interp = Interpreter()
    try:
        interp.run(src)
    except LangError as e:
        print("error:", e)
    print(f"--- {len(interp.out)} lines, {interp.steps} steps")
toks = tokenize('let x = 10; # comment\nprint x >= 3 && "s";')
print(len(toks), toks[:4], toks[-2:])
