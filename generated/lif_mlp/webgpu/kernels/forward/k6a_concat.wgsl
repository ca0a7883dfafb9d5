// kernel k6a_concat (compiler/std/spiking.loom:31:10)
@group(0) @binding(0) var<storage, read> t166: array<f32>;
@group(0) @binding(1) var<storage, read_write> t303: array<f32>;
@group(0) @binding(2) var<storage, read> t175: array<f32>;
@group(0) @binding(3) var<storage, read> t184: array<f32>;
@group(0) @binding(4) var<storage, read> t193: array<f32>;
@group(0) @binding(5) var<storage, read> t202: array<f32>;
@group(0) @binding(6) var<storage, read> t211: array<f32>;
@group(0) @binding(7) var<storage, read> t220: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k6a_concat(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 896i) {
    if (i / 128i < 1i) {
      let l167: f32 = t166[i % 128i];
      t303[i / 128i * 128i + i % 128i] = l167;
    } else if (i / 128i < 2i) {
      let l176: f32 = t175[i % 128i];
      t303[i / 128i * 128i + i % 128i] = l176;
    } else if (i / 128i < 3i) {
      let l185: f32 = t184[i % 128i];
      t303[i / 128i * 128i + i % 128i] = l185;
    } else if (i / 128i < 4i) {
      let l194: f32 = t193[i % 128i];
      t303[i / 128i * 128i + i % 128i] = l194;
    } else if (i / 128i < 5i) {
      let l203: f32 = t202[i % 128i];
      t303[i / 128i * 128i + i % 128i] = l203;
    } else if (i / 128i < 6i) {
      let l212: f32 = t211[i % 128i];
      t303[i / 128i * 128i + i % 128i] = l212;
    } else {
      let l221: f32 = t220[i % 128i];
      t303[i / 128i * 128i + i % 128i] = l221;
    }
  }
}
