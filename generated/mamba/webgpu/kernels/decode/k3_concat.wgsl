// kernel k3_concat (compiler/std/ssm.loom:11:8)
@group(0) @binding(0) var<storage, read> p_history_0: array<f32>;
@group(0) @binding(1) var<storage, read_write> t39: array<f32>;
@group(0) @binding(2) var<storage, read> t36: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k3_concat(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i / 128i < 3i) {
    let l38: f32 = p_history_0[i / 128i * 128i + i % 128i];
    t39[i] = l38;
  } else {
    let l37: f32 = t36[i % 128i];
    t39[i] = l37;
  }
}
