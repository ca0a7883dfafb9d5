// kernel k94x_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_attn_wv_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1125: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1126: array<f32>;
@group(0) @binding(3) var<storage, read> t312: array<f32>;
@group(0) @binding(4) var<storage, read> t636: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1144: array<f32>;
@group(0) @binding(6) var<storage, read> p_optim_m_blocks_1_attn_wo_b: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1149: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k94x_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l25: f32 = p_blocks_1_attn_wv_b[i];
    let x1125: f32 = t1125[i];
    let v1126: f32 = l25 - x1125;
    t1126[i] = v1126;
    let l313: f32 = t312[i];
    let l707: f32 = t636[0i];
    let v1144: f32 = l313 * l707;
    t1144[i] = v1144;
    let l1145: f32 = p_optim_m_blocks_1_attn_wo_b[i];
    let v1147: f32 = l1145 * 0.9f;
    let v1148: f32 = v1144 * 0.1f;
    let v1149: f32 = v1147 + v1148;
    t1149[i] = v1149;
  }
}
