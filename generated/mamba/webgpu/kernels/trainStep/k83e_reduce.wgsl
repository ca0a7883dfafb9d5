// kernel k83e_reduce
@group(0) @binding(0) var<storage, read> t517: array<f32>;
@group(0) @binding(1) var<storage, read> t519: array<f32>;
@group(0) @binding(2) var<storage, read> t523: array<f32>;
@group(0) @binding(3) var<storage, read> t527: array<f32>;
@group(0) @binding(4) var<storage, read> t531: array<f32>;
@group(0) @binding(5) var<storage, read> t535: array<f32>;
@group(0) @binding(6) var<storage, read> t539: array<f32>;
@group(0) @binding(7) var<storage, read_write> t541: array<f32>;
@compute @workgroup_size(64, 1, 1)
fn k83e_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  if (lid == 0i) {
    let x517: f32 = t517[0i];
    let l520: f32 = t519[0i];
    let v521: f32 = x517 + l520;
    let l524: f32 = t523[0i];
    let v525: f32 = v521 + l524;
    let l528: f32 = t527[0i];
    let v529: f32 = v525 + l528;
    let l532: f32 = t531[0i];
    let v533: f32 = v529 + l532;
    let l536: f32 = t535[0i];
    let v537: f32 = v533 + l536;
    let l540: f32 = t539[0i];
    let v541: f32 = v537 + l540;
    t541[0i] = v541;
  }
}
