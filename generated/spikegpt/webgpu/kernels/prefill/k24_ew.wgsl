// kernel k24_ew (compiler/std/ssm.loom:79:36)
@group(0) @binding(0) var<storage, read> p_blocks_0_ffn_mix_r: array<f32>;
@group(0) @binding(1) var<storage, read_write> t188: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k24_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l17: f32 = p_blocks_0_ffn_mix_r[i];
    let v188: f32 = 1.0f - l17;
    t188[i] = v188;
  }
}
