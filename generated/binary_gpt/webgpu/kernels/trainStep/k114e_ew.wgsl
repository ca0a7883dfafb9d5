// kernel k114e_ew
@group(0) @binding(0) var<storage, read> p_optim_v_blocks_0_attn_wq_beta: array<f32>;
@group(0) @binding(1) var<storage, read> t831: array<f32>;
@group(0) @binding(2) var<storage, read_write> t840: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_0_attn_wq_beta: array<f32>;
@group(0) @binding(4) var<storage, read> t836: array<f32>;
@group(0) @binding(5) var<storage, read> t711: array<f32>;
@group(0) @binding(6) var<storage, read> t710: array<f32>;
@group(0) @binding(7) var<storage, read_write> t846: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l833: f32 = p_optim_v_blocks_0_attn_wq_beta[i];
    let v837: f32 = l833 * 0.95f;
    let x831: f32 = t831[i];
    let v838: f32 = x831 * x831;
    let v839: f32 = v838 * 0.05f;
    let v840: f32 = v837 + v839;
    t840[i] = v840;
    let l5: f32 = p_blocks_0_attn_wq_beta[i];
    let x836: f32 = t836[i];
    let v841: f32 = sqrt(v840);
    let l789: f32 = t711[0i];
    let v842: f32 = v841 / l789;
    let v843: f32 = v842 + 1e-8f;
    let v844: f32 = x836 / v843;
    let l795: f32 = t710[0i];
    let v845: f32 = v844 * l795;
    let v846: f32 = l5 - v845;
    t846[i] = v846;
  }
}
