// kernel k128i_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_mlp_proj_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1030: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1031: array<f32>;
@group(0) @binding(3) var<storage, read> t438: array<f32>;
@group(0) @binding(4) var<storage, read> t736: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1032: array<f32>;
@group(0) @binding(6) var<storage, read> p_optim_m_blocks_1_ln1_g: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1037: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k128i_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l13: f32 = p_blocks_0_mlp_proj_b[i];
    let x1030: f32 = t1030[i];
    let v1031: f32 = l13 - x1030;
    t1031[i] = v1031;
    let l439: f32 = t438[i];
    let l807: f32 = t736[0i];
    let v1032: f32 = l439 * l807;
    t1032[i] = v1032;
    let l1033: f32 = p_optim_m_blocks_1_ln1_g[i];
    let v1035: f32 = l1033 * 0.9f;
    let v1036: f32 = v1032 * 0.1f;
    let v1037: f32 = v1035 + v1036;
    t1037[i] = v1037;
  }
}
