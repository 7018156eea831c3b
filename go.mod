module github.com/nixdock/nixdock

go 1.26.8
