// kernel k44_concat (compiler/std/ssm.loom:20:32)
@group(0) @binding(0) var<storage, read_write> t269: array<f32>;
@group(0) @binding(1) var<storage, read> t267: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k44_concat(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 4160i) {
    if (i / 64i < 1i) {
      t269[i] = 0.0f;
    } else {
      let l267: f32 = t267[(i / 64i + -1i) * 64i + i % 64i];
      t269[i] = l267;
    }
  }
}
