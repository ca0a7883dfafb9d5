// kernel k13_concat (compiler/std/functional.loom:78:15)
@group(0) @binding(0) var<storage, read> t116: array<f32>;
@group(0) @binding(1) var<storage, read_write> t122: array<f32>;
@group(0) @binding(2) var<storage, read> t120: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k13_concat(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 8i) {
    if (i % 2i < 1i) {
      let l117: f32 = t116[i / 2i];
      t122[i] = l117;
    } else {
      let l121: f32 = t120[i / 2i];
      t122[i] = l121;
    }
  }
}
