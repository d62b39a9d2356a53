// Package modelgen builds postag's compact model file from the averaged-perceptron model that
// ships inside github.com/jdkato/prose/v2 (its gob-encoded weights, tag dictionary and classes).
// It is used by postag's generator and by the test that checks the committed file is current.
//
// File layout (all integers little-endian):
//
//	0   magic "postag1\n"
//	8   u32 number of classes, u32 offset of the class names (each a u8 length and the bytes)
//	16  feature table: u32 log2 of its slot count, u32 offset of its slots, u32 offset of its records
//	28  tag dictionary: the same three fields
//
// A table is an open-addressing hash table with linear probing over the FNV-1a (64-bit) hash of
// a key. A slot is a u32: 0 for an empty slot, else the top 8 bits of the key's hash above the
// offset of its record (24 bits), relative to the table's records. A record is a u16 key length,
// the key's bytes, a u8 entry count and that many u32 entries, each a class index in its low 6
// bits and a signed weight in thousandths in its high 26 bits. A feature's record lists the
// classes with a non-zero weight, by class index; a dictionary record has one entry, the word's
// tag, with weight 0. Records are laid out in key order; the file depends only on prose's model.
package modelgen

import (
	"bytes"
	"encoding/binary"
	"encoding/gob"
	"fmt"
	"hash/fnv"
	"math"
	"slices"

	"github.com/jdkato/prose/v2"
)

// Magic opens every model file; the digit is the layout's version.
const Magic = "postag1\n"

// HeaderSize is the size of the fixed header.
const HeaderSize = 40

// Prose is prose's tagger model as it decodes it.
type Prose struct {
	Classes []string
	Tags    map[string]string
	Weights map[string]map[string]float64
}

// LoadProse decodes the tagger model embedded in prose.
func LoadProse() (*Prose, error) {
	var p Prose
	for _, a := range []struct {
		name string
		v    any
	}{{"classes.gob", &p.Classes}, {"tags.gob", &p.Tags}, {"weights.gob", &p.Weights}} {
		b, err := prose.Asset("model/AveragedPerceptron/" + a.name)
		if err != nil {
			return nil, err
		}
		if err := gob.NewDecoder(bytes.NewReader(b)).Decode(a.v); err != nil {
			return nil, fmt.Errorf("%s: %w", a.name, err)
		}
	}
	return &p, nil
}

// Build returns the model file for p. It fails if a weight is not an exact multiple of 0.001
// (prose rounds its averaged weights to three decimals; the file stores them as integers so that
// scores are exact sums) or if the model does not fit the layout.
func Build(p *Prose) ([]byte, error) {
	if len(p.Classes) == 0 || len(p.Classes) > 64 {
		return nil, fmt.Errorf("%d classes: the layout holds 1 to 64", len(p.Classes))
	}
	class := make(map[string]int, len(p.Classes))
	for i, c := range p.Classes {
		if _, dup := class[c]; dup {
			return nil, fmt.Errorf("class %q listed twice", c)
		}
		if len(c) > 255 {
			return nil, fmt.Errorf("class %q too long", c)
		}
		class[c] = i
	}

	feats := make([]record, 0, len(p.Weights))
	for key, ws := range p.Weights {
		r := record{key: key}
		for c, w := range ws {
			ci, ok := class[c]
			if !ok {
				return nil, fmt.Errorf("feature %q: weight for unknown class %q", key, c)
			}
			k := math.Round(w * 1000)
			if k/1000 != w || math.Abs(k) >= 1<<25 {
				return nil, fmt.Errorf("feature %q, class %q: weight %v is not a multiple of 0.001 within ±33554", key, c, w)
			}
			if k == 0 {
				continue // adds nothing to any score
			}
			r.entries = append(r.entries, uint32(int32(k))<<6|uint32(ci))
		}
		if len(r.entries) == 0 {
			continue // an empty weight map: prose finds the feature and adds nothing
		}
		slices.SortFunc(r.entries, func(a, b uint32) int { return int(a&63) - int(b&63) })
		feats = append(feats, r)
	}
	dict := make([]record, 0, len(p.Tags))
	for word, tag := range p.Tags {
		ci, ok := class[tag]
		if !ok {
			return nil, fmt.Errorf("word %q: unknown tag %q", word, tag)
		}
		dict = append(dict, record{key: word, entries: []uint32{uint32(ci)}})
	}

	var out bytes.Buffer
	out.WriteString(Magic)
	out.Write(make([]byte, HeaderSize-len(Magic)))
	hdr := make([]byte, 0, HeaderSize-len(Magic))
	hdr = binary.LittleEndian.AppendUint32(hdr, uint32(len(p.Classes)))
	hdr = binary.LittleEndian.AppendUint32(hdr, uint32(out.Len()))
	for _, c := range p.Classes {
		out.WriteByte(byte(len(c)))
		out.WriteString(c)
	}
	for _, recs := range [][]record{feats, dict} {
		bits, slotsOff, recsOff, err := writeTable(&out, recs)
		if err != nil {
			return nil, err
		}
		hdr = binary.LittleEndian.AppendUint32(hdr, bits)
		hdr = binary.LittleEndian.AppendUint32(hdr, slotsOff)
		hdr = binary.LittleEndian.AppendUint32(hdr, recsOff)
	}
	b := out.Bytes()
	copy(b[len(Magic):], hdr)
	return b, nil
}

type record struct {
	key     string
	entries []uint32
}

// writeTable appends a table holding recs to out, at a load factor of at most 0.6, and returns
// its header fields.
func writeTable(out *bytes.Buffer, recs []record) (bits, slotsOff, recsOff uint32, err error) {
	slices.SortFunc(recs, func(a, b record) int {
		switch {
		case a.key < b.key:
			return -1
		case a.key > b.key:
			return 1
		}
		return 0
	})
	bits = 4
	for float64(len(recs)) > 0.6*float64(uint64(1)<<bits) {
		bits++
	}
	slots := make([]uint32, 1<<bits)
	mask := uint64(len(slots) - 1)
	var area bytes.Buffer
	area.WriteByte(0) // offset 0 marks an empty slot
	for _, r := range recs {
		if len(r.key) > math.MaxUint16 || len(r.entries) > 255 {
			return 0, 0, 0, fmt.Errorf("key %q too long or with too many entries", r.key)
		}
		off := area.Len()
		if off >= 1<<24 {
			return 0, 0, 0, fmt.Errorf("records exceed 16 MB")
		}
		area.Write(binary.LittleEndian.AppendUint16(nil, uint16(len(r.key))))
		area.WriteString(r.key)
		area.WriteByte(byte(len(r.entries)))
		for _, e := range r.entries {
			area.Write(binary.LittleEndian.AppendUint32(nil, e))
		}
		h := Hash(r.key)
		j := h & mask
		for slots[j] != 0 {
			j = (j + 1) & mask
		}
		slots[j] = uint32(h>>56)<<24 | uint32(off)
	}
	for out.Len()%4 != 0 {
		out.WriteByte(0)
	}
	slotsOff = uint32(out.Len())
	for _, s := range slots {
		out.Write(binary.LittleEndian.AppendUint32(nil, s))
	}
	recsOff = uint32(out.Len())
	out.Write(area.Bytes())
	return bits, slotsOff, recsOff, nil
}

// Hash is the hash of a key in the tables: 64-bit FNV-1a.
func Hash(key string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(key))
	return h.Sum64()
}
