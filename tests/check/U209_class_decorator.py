# expect: U209 6:1
def register(cls):
    return cls


@register
class Plugin:
    pass
