// kernel k29_concat (compiler/std/functional.loom:78:15)
@group(0) @binding(0) var<storage, read> t179: array<f32>;
@group(0) @binding(1) var<storage, read_write> t185: array<f32>;
@group(0) @binding(2) var<storage, read> t183: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k29_concat(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 32i) {
    if (i % 2i < 1i) {
      let l180: f32 = t179[i / 16i * 8i + i / 2i % 8i];
      t185[i] = l180;
    } else {
      let l184: f32 = t183[i / 16i * 8i + i / 2i % 8i];
      t185[i] = l184;
    }
  }
}
