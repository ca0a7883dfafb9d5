// kernel k96d_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_ln1_b: array<f32>;
@group(0) @binding(1) var<storage, read> t751: array<f32>;
@group(0) @binding(2) var<storage, read_write> t752: array<f32>;
@group(0) @binding(3) var<storage, read> t438: array<f32>;
@group(0) @binding(4) var<storage, read> t640: array<f32>;
@group(0) @binding(5) var<storage, read_write> t770: array<f32>;
@group(0) @binding(6) var<storage, read> p_optim_m_blocks_0_attn_wq_b: array<f32>;
@group(0) @binding(7) var<storage, read_write> t775: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k96d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l3: f32 = p_blocks_0_ln1_b[i];
    let x751: f32 = t751[i];
    let v752: f32 = l3 - x751;
    t752[i] = v752;
    let l439: f32 = t438[i];
    let l711: f32 = t640[0i];
    let v770: f32 = l439 * l711;
    t770[i] = v770;
    let l771: f32 = p_optim_m_blocks_0_attn_wq_b[i];
    let v773: f32 = l771 * 0.9f;
    let v774: f32 = v770 * 0.1f;
    let v775: f32 = v773 + v774;
    t775[i] = v775;
  }
}
