// kernel k113a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t441: array<f32>;
@group(0) @binding(2) var<storage, read> t574: array<f32>;
@group(0) @binding(3) var<storage, read_write> t679: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_wk_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t685: array<f32>;
@group(0) @binding(6) var<storage, read> t584: array<f32>;
@group(0) @binding(7) var<storage, read_write> t690: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k113a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l673: f32 = p_optim_m_layers_0_attn_wk_w[i];
  let v676: f32 = l673 * 0.9f;
  let l441: f32 = t441[i];
  let l671: f32 = t574[0i];
  let v672: f32 = l441 * l671;
  let v678: f32 = v672 * 0.1f;
  let v679: f32 = v676 + v678;
  t679[i] = v679;
  let l674: f32 = p_optim_v_layers_0_attn_wk_w[i];
  let v681: f32 = l674 * 0.95f;
  let v682: f32 = v672 * v672;
  let v684: f32 = v682 * 0.05f;
  let v685: f32 = v681 + v684;
  t685[i] = v685;
  let v686: f32 = sqrt(v685);
  let l687: f32 = t584[0i];
  let v688: f32 = v686 / l687;
  let v690: f32 = v688 + 1e-8f;
  t690[i] = v690;
}
