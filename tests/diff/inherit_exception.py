# inherit: user-defined exception hierarchies, catching by base class, custom attributes
class AppError(Exception):
    pass
class ConfigError(AppError):
    def __init__(self, key, reason):
        super().__init__(f"bad config key {key!r}: {reason}")
        self.key = key
        self.reason = reason
class NetworkError(AppError):
    def __init__(self, code):
        self.code = code
    def __str__(self):
        return f"network failure code={self.code}"
class Timeout(NetworkError):
    pass
def risky(kind):
    if kind == "config":
        raise ConfigError("port", "not a number")
    if kind == "net":
        raise NetworkError(503)
    if kind == "timeout":
        raise Timeout(408)
    if kind == "plain":
        raise AppError("plain app error", 42)
    return "ok"
for kind in ["config", "net", "timeout", "plain", "none"]:
    try:
        print(risky(kind))
    except ConfigError as e:
        print("ConfigError", e.key, e.reason, "|", e, "|", e.args)
    except Timeout as e:
        print("Timeout", e.code, str(e), e.args)
    except NetworkError as e:
        print("NetworkError", e.code, str(e), e.args)
    except AppError as e:
        print("AppError", e, e.args, repr(e))
try:
    risky("timeout")
except AppError as e:
    print(type(e).__name__, isinstance(e, NetworkError), isinstance(e, Exception))
class ValidationError(ValueError):
    pass
try:
    raise ValidationError("must be positive")
except ValueError as e:
    print("caught as ValueError:", type(e).__name__, e)
print(repr(ValidationError("x")), repr(AppError()), str(AppError()), repr(ConfigError("k", "r")))
