// Package punktdata writes and reads the English Punkt training data in a compact form: the data
// of gopkg.in/neurosnap/sentences as its English tokenizer holds it, without the JSON decoding
// that cost every process ~25 ms.
//
// The form is four sets in the order of sentences.Storage's fields (AbbrevTypes, Collocations,
// SentStarters, OrthoContext), each a count and then its entries sorted by key, each entry the
// key's length, the key and the value, all numbers as unsigned varints.
package punktdata

import (
	"encoding/binary"
	"errors"
	"fmt"
	"maps"
	"slices"

	"gopkg.in/neurosnap/sentences.v1"
)

// Encode writes st in the compact form.
func Encode(st *sentences.Storage) []byte {
	var b []byte
	for _, set := range sets(st) {
		b = binary.AppendUvarint(b, uint64(len(*set)))
		for _, k := range slices.Sorted(maps.Keys(*set)) {
			b = binary.AppendUvarint(b, uint64(len(k)))
			b = append(b, k...)
			b = binary.AppendUvarint(b, uint64((*set)[k]))
		}
	}
	return b
}

// Decode reads the compact form. Its keys are substrings of data, which is why it takes a
// string: an embedded string costs no copy.
func Decode(data string) (*sentences.Storage, error) {
	st := &sentences.Storage{}
	for _, set := range sets(st) {
		n, err := uvarint(&data)
		if err != nil {
			return nil, err
		}
		if n > uint64(len(data)) {
			return nil, errors.New("punkt data: set larger than the data")
		}
		*set = make(sentences.SetString, n)
		for range n {
			l, err := uvarint(&data)
			if err != nil {
				return nil, err
			}
			if l > uint64(len(data)) {
				return nil, errors.New("punkt data: key runs past the end")
			}
			k := data[:l]
			data = data[l:]
			v, err := uvarint(&data)
			if err != nil {
				return nil, err
			}
			(*set)[k] = int(v)
		}
	}
	if data != "" {
		return nil, fmt.Errorf("punkt data: %d bytes left over", len(data))
	}
	return st, nil
}

func sets(st *sentences.Storage) []*sentences.SetString {
	return []*sentences.SetString{&st.AbbrevTypes, &st.Collocations, &st.SentStarters, &st.OrthoContext}
}

// uvarint reads one number off the front of *data.
func uvarint(data *string) (uint64, error) {
	var x uint64
	for i := 0; i < len(*data) && i < binary.MaxVarintLen64; i++ {
		c := (*data)[i]
		x |= uint64(c&0x7f) << (7 * i)
		if c < 0x80 {
			*data = (*data)[i+1:]
			return x, nil
		}
	}
	return 0, errors.New("punkt data: bad number")
}
