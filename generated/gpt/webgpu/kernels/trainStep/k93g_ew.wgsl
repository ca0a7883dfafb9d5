// kernel k93g_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_attn_wv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t425: array<f32>;
@group(0) @binding(2) var<storage, read> t636: array<f32>;
@group(0) @binding(3) var<storage, read_write> t820: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_0_attn_wv_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t824: array<f32>;
@group(0) @binding(6) var<storage, read> t646: array<f32>;
@group(0) @binding(7) var<storage, read_write> t827: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k93g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l816: f32 = p_optim_m_blocks_0_attn_wv_w[i];
  let v818: f32 = l816 * 0.9f;
  let l425: f32 = t425[i];
  let l680: f32 = t636[0i];
  let v815: f32 = l425 * l680;
  let v819: f32 = v815 * 0.1f;
  let v820: f32 = v818 + v819;
  t820[i] = v820;
  let l817: f32 = p_optim_v_blocks_0_attn_wv_w[i];
  let v821: f32 = l817 * 0.95f;
  let v822: f32 = v815 * v815;
  let v823: f32 = v822 * 0.05f;
  let v824: f32 = v821 + v823;
  t824[i] = v824;
  let v825: f32 = sqrt(v824);
  let l696: f32 = t646[0i];
  let v826: f32 = v825 / l696;
  let v827: f32 = v826 + 1e-8f;
  t827[i] = v827;
}
