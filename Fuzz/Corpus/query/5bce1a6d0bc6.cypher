RETURN
  nosuch(1)