// kernel k38_concat (compiler/std/functional.loom:78:15)
@group(0) @binding(0) var<storage, read> t217: array<f32>;
@group(0) @binding(1) var<storage, read_write> t223: array<f32>;
@group(0) @binding(2) var<storage, read> t221: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k38_concat(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    if (i % 2i < 1i) {
      let l218: f32 = t217[i / 16i * 8i + i / 2i % 8i];
      t223[i] = l218;
    } else {
      let l222: f32 = t221[i / 16i * 8i + i / 2i % 8i];
      t223[i] = l222;
    }
  }
}
