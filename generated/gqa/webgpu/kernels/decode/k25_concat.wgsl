// kernel k25_concat (compiler/std/functional.loom:78:15)
@group(0) @binding(0) var<storage, read> t164: array<f32>;
@group(0) @binding(1) var<storage, read_write> t170: array<f32>;
@group(0) @binding(2) var<storage, read> t168: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k25_concat(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    if (i % 2i < 1i) {
      let l165: f32 = t164[i / 16i * 8i + i / 2i % 8i];
      t170[i] = l165;
    } else {
      let l169: f32 = t168[i / 16i * 8i + i / 2i % 8i];
      t170[i] = l169;
    }
  }
}
