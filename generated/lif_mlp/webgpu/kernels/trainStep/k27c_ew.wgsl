// kernel k27c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_rest_0_fc_b: array<f32>;
@group(0) @binding(1) var<storage, read> t915: array<f32>;
@group(0) @binding(2) var<storage, read_write> t920: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_rest_0_fc_b: array<f32>;
@group(0) @binding(4) var<storage, read_write> t924: array<f32>;
@group(0) @binding(5) var<storage, read> t802: array<f32>;
@group(0) @binding(6) var<storage, read> t801: array<f32>;
@group(0) @binding(7) var<storage, read_write> t929: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k27c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 128i) {
    let l916: f32 = p_optim_m_rest_0_fc_b[i];
    let v918: f32 = l916 * 0.9f;
    let x915: f32 = t915[i];
    let v919: f32 = x915 * 0.1f;
    let v920: f32 = v918 + v919;
    t920[i] = v920;
    let l917: f32 = p_optim_v_rest_0_fc_b[i];
    let v921: f32 = l917 * 0.95f;
    let v922: f32 = x915 * x915;
    let v923: f32 = v922 * 0.05f;
    let v924: f32 = v921 + v923;
    t924[i] = v924;
    let v925: f32 = sqrt(v924);
    let l880: f32 = t802[0i];
    let v926: f32 = v925 / l880;
    let v927: f32 = v926 + 1e-8f;
    let v928: f32 = v920 / v927;
    let l886: f32 = t801[0i];
    let v929: f32 = v928 * l886;
    t929[i] = v929;
  }
}
