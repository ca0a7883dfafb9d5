// kernel k9_copy (dsl-examples/lif_scan.loom:14:14)
@group(0) @binding(0) var<storage, read> t31: array<f32>;
@group(0) @binding(1) var<storage, read_write> t37: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k9_copy(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 128i) {
    let l37: f32 = t31[256i + i];
    t37[i] = l37;
  }
}
