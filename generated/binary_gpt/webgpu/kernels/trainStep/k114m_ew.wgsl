// kernel k114m_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_attn_wo_alpha: array<f32>;
@group(0) @binding(1) var<storage, read> t962: array<f32>;
@group(0) @binding(2) var<storage, read_write> t967: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_blocks_0_attn_wo_alpha: array<f32>;
@group(0) @binding(4) var<storage, read_write> t971: array<f32>;
@group(0) @binding(5) var<storage, read> t711: array<f32>;
@group(0) @binding(6) var<storage, read> t710: array<f32>;
@group(0) @binding(7) var<storage, read_write> t976: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114m_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l963: f32 = p_optim_m_blocks_0_attn_wo_alpha[i];
    let v965: f32 = l963 * 0.9f;
    let x962: f32 = t962[i];
    let v966: f32 = x962 * 0.1f;
    let v967: f32 = v965 + v966;
    t967[i] = v967;
    let l964: f32 = p_optim_v_blocks_0_attn_wo_alpha[i];
    let v968: f32 = l964 * 0.95f;
    let v969: f32 = x962 * x962;
    let v970: f32 = v969 * 0.05f;
    let v971: f32 = v968 + v970;
    t971[i] = v971;
    let v972: f32 = sqrt(v971);
    let l789: f32 = t711[0i];
    let v973: f32 = v972 / l789;
    let v974: f32 = v973 + 1e-8f;
    let v975: f32 = v967 / v974;
    let l795: f32 = t710[0i];
    let v976: f32 = v975 * l795;
    t976[i] = v976;
  }
}
