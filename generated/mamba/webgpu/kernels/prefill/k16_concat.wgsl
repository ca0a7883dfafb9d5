// kernel k16_concat (compiler/std/ssm.loom:11:8)
@group(0) @binding(0) var<storage, read_write> t117: array<f32>;
@group(0) @binding(1) var<storage, read> t114: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k16_concat(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 8576i) {
    if (i / 128i < 3i) {
      t117[i] = 0.0f;
    } else {
      let l115: f32 = t114[(i / 128i + -3i) * 256i + i % 128i];
      t117[i] = l115;
    }
  }
}
