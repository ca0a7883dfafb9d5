// kernel k23b_reduce
@group(0) @binding(0) var<storage, read> t768: array<f32>;
@group(0) @binding(1) var<storage, read> t770: array<f32>;
@group(0) @binding(2) var<storage, read> t774: array<f32>;
@group(0) @binding(3) var<storage, read> t778: array<f32>;
@group(0) @binding(4) var<storage, read_write> t781: array<f32>;
@group(0) @binding(5) var<storage, read_write> t785: array<f32>;
@group(0) @binding(6) var<storage, read> t734: array<f32>;
@group(0) @binding(7) var<storage, read_write> t789: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k23b_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  if (lid == 0i) {
    let x768: f32 = t768[0i];
    let l771: f32 = t770[0i];
    let v772: f32 = x768 + l771;
    let l775: f32 = t774[0i];
    let v776: f32 = v772 + l775;
    let l779: f32 = t778[0i];
    let v780: f32 = v776 + l779;
    let v781: f32 = sqrt(v780);
    t781[0i] = v781;
    let v783: f32 = v781 + 0.000001f;
    let v784: f32 = 1.0f / v783;
    let v785: f32 = min(v784, 1.0f);
    t785[0i] = v785;
    let x734: f32 = t734[0i];
    let v787: f32 = x734 * -0.105360515f;
    let v788: f32 = exp(v787);
    let v789: f32 = 1.0f - v788;
    t789[0i] = v789;
  }
}
