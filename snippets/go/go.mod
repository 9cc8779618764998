module quickref/snippets/go

go 1.26

require github.com/workos/workos-go/v6 v6.5.0

require github.com/google/go-querystring v1.0.0 // indirect
