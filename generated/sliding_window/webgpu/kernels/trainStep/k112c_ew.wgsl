// kernel k112c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t390: array<f32>;
@group(0) @binding(2) var<storage, read> t574: array<f32>;
@group(0) @binding(3) var<storage, read_write> t719: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_wo_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t723: array<f32>;
@group(0) @binding(6) var<storage, read> t584: array<f32>;
@group(0) @binding(7) var<storage, read_write> t726: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k112c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l715: f32 = p_optim_m_layers_0_attn_wo_w[i];
  let v717: f32 = l715 * 0.9f;
  let l391: f32 = t390[i];
  let l645: f32 = t574[0i];
  let v714: f32 = l391 * l645;
  let v718: f32 = v714 * 0.1f;
  let v719: f32 = v717 + v718;
  t719[i] = v719;
  let l716: f32 = p_optim_v_layers_0_attn_wo_w[i];
  let v720: f32 = l716 * 0.95f;
  let v721: f32 = v714 * v714;
  let v722: f32 = v721 * 0.05f;
  let v723: f32 = v720 + v722;
  t723[i] = v723;
  let v724: f32 = sqrt(v723);
  let l661: f32 = t584[0i];
  let v725: f32 = v724 / l661;
  let v726: f32 = v725 + 1e-8f;
  t726[i] = v726;
}
