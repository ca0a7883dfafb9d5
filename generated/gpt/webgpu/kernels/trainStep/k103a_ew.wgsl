// kernel k103a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_ln2_b: array<f32>;
@group(0) @binding(1) var<storage, read> t422: array<f32>;
@group(0) @binding(2) var<storage, read> t679: array<f32>;
@group(0) @binding(3) var<storage, read_write> t945: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_0_ln2_b: array<f32>;
@group(0) @binding(5) var<storage, read_write> t949: array<f32>;
@group(0) @binding(6) var<storage, read> t689: array<f32>;
@group(0) @binding(7) var<storage, read_write> t953: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k103a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l941: f32 = p_optim_m_blocks_0_ln2_b[i];
    let v943: f32 = l941 * 0.9f;
    let l423: f32 = t422[i];
    let l750: f32 = t679[0i];
    let v940: f32 = l423 * l750;
    let v944: f32 = v940 * 0.1f;
    let v945: f32 = v943 + v944;
    t945[i] = v945;
    let l942: f32 = p_optim_v_blocks_0_ln2_b[i];
    let v946: f32 = l942 * 0.95f;
    let v947: f32 = v940 * v940;
    let v948: f32 = v947 * 0.05f;
    let v949: f32 = v946 + v948;
    t949[i] = v949;
    let v950: f32 = sqrt(v949);
    let l767: f32 = t689[0i];
    let v951: f32 = v950 / l767;
    let v952: f32 = v951 + 1e-8f;
    let v953: f32 = v945 / v952;
    t953[i] = v953;
  }
}
