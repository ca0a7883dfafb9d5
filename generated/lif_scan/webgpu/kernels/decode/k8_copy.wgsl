// kernel k8_copy (dsl-examples/lif_scan.loom:14:14)
@group(0) @binding(0) var<storage, read> t31: array<f32>;
@group(0) @binding(1) var<storage, read_write> t35: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k8_copy(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 128i) {
    let l35: f32 = t31[128i + i];
    t35[i] = l35;
  }
}
