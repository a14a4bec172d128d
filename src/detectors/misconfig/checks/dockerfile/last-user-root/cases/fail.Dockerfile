FROM alpine:3.20
RUN adduser -D app
USER app
RUN whoami
# expect-line: 6
USER root
CMD ["sh"]
