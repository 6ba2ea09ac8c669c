# Recursion: the naive Fibonacci of 24 (75,024 calls).
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(24))
