// kernel k114k_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_attn_wv_beta: array<f32>;
@group(0) @binding(1) var<storage, read> t456: array<f32>;
@group(0) @binding(2) var<storage, read> t701: array<f32>;
@group(0) @binding(3) var<storage, read_write> t934: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_0_attn_wv_beta: array<f32>;
@group(0) @binding(5) var<storage, read_write> t938: array<f32>;
@group(0) @binding(6) var<storage, read> t711: array<f32>;
@group(0) @binding(7) var<storage, read_write> t942: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114k_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l930: f32 = p_optim_m_blocks_0_attn_wv_beta[i];
    let v932: f32 = l930 * 0.9f;
    let l457: f32 = t456[i];
    let l772: f32 = t701[0i];
    let v929: f32 = l457 * l772;
    let v933: f32 = v929 * 0.1f;
    let v934: f32 = v932 + v933;
    t934[i] = v934;
    let l931: f32 = p_optim_v_blocks_0_attn_wv_beta[i];
    let v935: f32 = l931 * 0.95f;
    let v936: f32 = v929 * v929;
    let v937: f32 = v936 * 0.05f;
    let v938: f32 = v935 + v937;
    t938[i] = v938;
    let v939: f32 = sqrt(v938);
    let l789: f32 = t711[0i];
    let v940: f32 = v939 / l789;
    let v941: f32 = v940 + 1e-8f;
    let v942: f32 = v934 / v941;
    t942[i] = v942;
  }
}
