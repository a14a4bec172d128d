FROM debian:12
# expect-line: 3
RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*
