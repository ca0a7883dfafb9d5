// kernel k32_concat (compiler/std/ssm.loom:20:32)
@group(0) @binding(0) var<storage, read_write> t227: array<f32>;
@group(0) @binding(1) var<storage, read> t225: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k32_concat(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 4160i) {
    if (i / 64i < 1i) {
      t227[i] = 0.0f;
    } else {
      let l225: f32 = t225[(i / 64i + -1i) * 64i + i % 64i];
      t227[i] = l225;
    }
  }
}
