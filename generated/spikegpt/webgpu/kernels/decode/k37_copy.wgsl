// kernel k37_copy (compiler/std/ssm.loom:65:10)
@group(0) @binding(0) var<storage, read> t220: array<f32>;
@group(0) @binding(1) var<storage, read_write> t228: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k37_copy(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l228: f32 = t220[192i + i];
    t228[i] = l228;
  }
}
