# expect: U203 2:1
async def fetch():
    return 1
