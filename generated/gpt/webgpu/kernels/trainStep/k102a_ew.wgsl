// kernel k102a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_ln2_g: array<f32>;
@group(0) @binding(1) var<storage, read> t426: array<f32>;
@group(0) @binding(2) var<storage, read> t679: array<f32>;
@group(0) @binding(3) var<storage, read_write> t929: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_0_ln2_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t933: array<f32>;
@group(0) @binding(6) var<storage, read> t689: array<f32>;
@group(0) @binding(7) var<storage, read_write> t937: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k102a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l925: f32 = p_optim_m_blocks_0_ln2_g[i];
    let v927: f32 = l925 * 0.9f;
    let l427: f32 = t426[i];
    let l750: f32 = t679[0i];
    let v924: f32 = l427 * l750;
    let v928: f32 = v924 * 0.1f;
    let v929: f32 = v927 + v928;
    t929[i] = v929;
    let l926: f32 = p_optim_v_blocks_0_ln2_g[i];
    let v930: f32 = l926 * 0.95f;
    let v931: f32 = v924 * v924;
    let v932: f32 = v931 * 0.05f;
    let v933: f32 = v930 + v932;
    t933[i] = v933;
    let v934: f32 = sqrt(v933);
    let l767: f32 = t689[0i];
    let v935: f32 = v934 / l767;
    let v936: f32 = v935 + 1e-8f;
    let v937: f32 = v929 / v936;
    t937[i] = v937;
  }
}
