#!/bin/sh
exec ./tool "$@"
