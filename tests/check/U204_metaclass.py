# expect: U204 5:9
Meta = object


class A(metaclass=Meta):
    pass
