// kernel k28_concat (compiler/std/ssm.loom:20:32)
@group(0) @binding(0) var<storage, read> p_history_2: array<f32>;
@group(0) @binding(1) var<storage, read_write> t199: array<f32>;
@group(0) @binding(2) var<storage, read> t197: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k28_concat(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 128i) {
    if (i / 64i < 1i) {
      let l198: f32 = p_history_2[i % 64i];
      t199[i] = l198;
    } else {
      let l197: f32 = t197[i % 64i];
      t199[i] = l197;
    }
  }
}
