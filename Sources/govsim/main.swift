print("govsim")
