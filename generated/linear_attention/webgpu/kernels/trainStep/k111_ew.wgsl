// kernel k111_ew
@group(0) @binding(0) var<storage, read> in_step: array<f32>;
@group(0) @binding(1) var<storage, read_write> t620: array<f32>;
@group(0) @binding(2) var<storage, read_write> t745: array<f32>;
@group(0) @binding(3) var<storage, read_write> t746: array<f32>;
@group(0) @binding(4) var<storage, read_write> t771: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k111_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 1i) {
    let l600: f32 = in_step[0i];
    let v619: bool = l600 < 20.0f;
    let v601: f32 = l600 + 1.0f;
    let v603: f32 = v601 * 0.00015f;
    let v605: f32 = l600 - 20.0f;
    let v607: f32 = v605 / 980.0f;
    let v609: f32 = max(v607, 0.0f);
    let v610: f32 = min(v609, 1.0f);
    let v612: f32 = v610 * 3.1415927f;
    let v613: f32 = cos(v612);
    let v614: f32 = v613 + 1.0f;
    let v616: f32 = v614 * 0.00135f;
    let v618: f32 = v616 + 0.0003f;
    let v620: f32 = select(v618, v603, v619);
    t620[0i] = v620;
    let v738: f32 = v601 * -0.105360515f;
    let v739: f32 = exp(v738);
    let v740: f32 = 1.0f - v739;
    let v745: f32 = v620 / v740;
    t745[0i] = v745;
    let v742: f32 = v601 * -0.051293295f;
    let v743: f32 = exp(v742);
    let v744: f32 = 1.0f - v743;
    let v746: f32 = sqrt(v744);
    t746[0i] = v746;
    let v770: f32 = v620 * 0.1f;
    let v771: f32 = 1.0f - v770;
    t771[0i] = v771;
  }
}
