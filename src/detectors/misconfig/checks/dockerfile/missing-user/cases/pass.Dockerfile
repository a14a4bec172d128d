FROM golang:1.22 AS build
RUN go build -o /out/app .
FROM python:3.12-slim
RUN useradd -m app
USER app
CMD ["python", "app.py"]
