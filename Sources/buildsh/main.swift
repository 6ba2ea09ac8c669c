print("buildsh: not built yet")
